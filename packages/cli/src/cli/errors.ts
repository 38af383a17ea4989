import { Data } from "effect"

/** Input the command cannot use: the store is untouched; `next` says what to do instead. */
export class BadInput extends Data.TaggedError("BadInput")<{ readonly problem: string; readonly next: string }> {
  override get message(): string {
    return this.problem
  }
}

/** A check that found a problem (a broken hash chain): exit 1 like a refusal. */
export class CheckFailed extends Data.TaggedError("CheckFailed")<{ readonly problem: string; readonly next: string }> {
  override get message(): string {
    return this.problem
  }
}
