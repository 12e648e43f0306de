/** A multilingual text in the reader's language when it has it, else in its first language. */
export function pick(text: Record<string, string>, language: string, languages: readonly string[]): string {
  return text[language] ?? text[languages[0] ?? ''] ?? Object.values(text)[0] ?? '';
}
