// The public parts of information products and access to them.
export * from "./InsightsBundle.js"
