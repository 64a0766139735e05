/** The part of pako 1.x the zip reader uses (pako ships no types of its own). */
declare module "pako" {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    /** Called with each piece of output as it is inflated; a throw stops the inflation. */
    onData: (chunk: Uint8Array) => void;
    /** Inflates `data`; `last` ends the stream. Output goes to onData as it comes. */
    push(data: Uint8Array, last: boolean): boolean;
    /** Non-zero after an error in the compressed data, which `msg` names. */
    readonly err: number;
    readonly msg: string;
  }
}
