/** A file that cannot be checked (unreadable, refused, or past a limit): exit status 2, with the reason. */
export class UnreadableFile extends Error {}
