// The part of jsdom 29's API this project uses (the package ships no types and
// @types/jsdom is not installed): parse HTML into a standard DOM Document.
declare module 'jsdom' {
  export interface JSDOMOptions {
    url?: string;
    contentType?: string;
    pretendToBeVisual?: boolean;
    runScripts?: 'dangerously' | 'outside-only';
    virtualConsole?: VirtualConsole;
  }
  /** A console that, unlike the default, prints nothing unless told to. */
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html?: string, options?: JSDOMOptions);
    readonly window: Window & typeof globalThis & { close(): void };
    serialize(): string;
  }
}
