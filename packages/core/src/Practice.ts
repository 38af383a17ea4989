/**
 * Best Practices and their tracks per municipality: statuses, evidence levels, commands,
 * events, rules and deciders, the practice policy and its reactions, the phase picture, and the
 * `Practices` and `Tracks` services.
 *
 * @module
 */
export * from "./practices/EvidenceLevel.js"
export * from "./practices/PracticeStatus.js"
export * from "./practices/Practice.js"
export * from "./practices/PracticeState.js"
export * from "./practices/practiceRules.js"
export * from "./practices/practiceCommands.js"
export * from "./practices/practiceEvents.js"
export * from "./practices/practiceGroup.js"
export * from "./practices/practiceDecider.js"
export * from "./practices/practicePolicy.js"
export * from "./practices/practiceReactions.js"
export * from "./practices/TrackPhase.js"
export * from "./practices/TrackState.js"
export * from "./practices/trackRules.js"
export * from "./practices/trackCommands.js"
export * from "./practices/trackEvents.js"
export * from "./practices/municipalityAuthority.js"
export * from "./practices/trackDecider.js"
export * from "./practices/phasePicture.js"
export * from "./practices/tracksOn.js"
export * from "./practices/trackArea.js"
export * from "./practices/pilotArea.js"
export * from "./practices/exemptionAuthority.js"
export * from "./practices/practiceReadModels.js"
export * from "./practices/phasePictureOfReadModels.js"
export * from "./application/Practices.js"
export * from "./application/Tracks.js"
