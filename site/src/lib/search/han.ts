/** Chinese (Han) characters, as the query side and the index (format.ts) both read them. */

/** One Han character (CJK ideographs of all blocks, plus 〇). */
export const hanChar = /[\p{Script=Han}〇]/u
const hanRunGlobal = /[\p{Script=Han}〇]+/gu

/** The maximal runs of Han characters in a text, in order. */
export const hanRuns = (text: string): string[] => text.match(hanRunGlobal) ?? []
