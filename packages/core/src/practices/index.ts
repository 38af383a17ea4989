// The public parts of Best Practices, their evidence, tracks per municipality and the phase picture.
export {}
