// The public parts of the handover of Best Practices to the network.
export {}
