/**
 * Constructor options for the events a decider builds. Their fields come from a command that was
 * validated when it was made and from the decision context, and the event codec checks them again
 * when they are appended: validating them on construction too would only cost time (a tenth of a
 * millisecond per event with nested content).
 */
export const decidedEvent = { disableValidation: true } as const
