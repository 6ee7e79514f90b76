/** Typed rejection of an article file: a stable code for programs, one clear sentence for people. */

/** Why an article file was rejected. The values are stable: scripts and tests may match on them. */
export enum ReadErrorCode {
  Unreadable = 'ARTICLE_UNREADABLE',
  Empty = 'ARTICLE_EMPTY',
  TooLarge = 'ARTICLE_TOO_LARGE',
  Binary = 'ARTICLE_BINARY',
  InvalidUtf8 = 'ARTICLE_INVALID_UTF8',
  NothingRecognisable = 'ARTICLE_NOTHING_RECOGNISABLE',
  InvalidHeader = 'ARTICLE_INVALID_HEADER',
}

/** An article file that cannot be ingested; `message` is one sentence naming the file and the reason. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
  constructor(
    readonly code: ReadErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}
