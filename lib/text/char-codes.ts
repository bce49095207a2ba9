// Character-code tests the extractor's in-place readers share (ASCII only,
// no regex, no string made).

/** An ASCII digit, 0 to 9. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** An ASCII letter, A to Z or a to z. */
export const isAsciiLetterCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
