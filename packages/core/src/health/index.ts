// The public parts of the programme's health (randvoorwaarden).
export {}
