/** The track phases in the programme's order, with their colour in the HTML report and a short mark. */
export const phaseStyle: Readonly<Record<string, { readonly colour: string; readonly mark: string }>> = {
  geen: { colour: "#f2f2f2", mark: "·" },
  gepland: { colour: "#cfe2f3", mark: "gepland" },
  pilot: { colour: "#ffe599", mark: "pilot" },
  in_uitvoering: { colour: "#f6b26b", mark: "uitvoering" },
  geborgd: { colour: "#93c47d", mark: "geborgd" },
  niet_relevant: { colour: "#d9d2e9", mark: "n.v.t." },
}

/** The colour of a health signal. */
export const signalColour: Readonly<Record<string, string>> = { green: "#6aa84f", amber: "#f1c232", red: "#cc0000" }
