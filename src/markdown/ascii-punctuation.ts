// CommonMark: a backslash makes any ASCII punctuation character literal, and only those.
export const ASCII_PUNCTUATION = String.raw`[!"#$%&'()*+,\-./:;<=>?@[\\\]^_${"`"}{|}~]`;
