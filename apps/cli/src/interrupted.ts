/** Thrown when the run was interrupted (Ctrl-C): exit 130, nothing written. */
export class Interrupted extends Error {}
