/**
 * Markdown-safe inline text. Page text is hostile and a Markdown file ends up rendered (GitHub, a CMS, a chat):
 * every ASCII punctuation mark that Markdown or its HTML pass-through gives meaning to is backslash-escaped
 * (CommonMark §2.4: any ASCII punctuation may be escaped), so `<script>` shows as text and `|` cannot end a table
 * cell. Line breaks become <br>, the one tag we write ourselves, because a raw line break ends a table row.
 */

const MARKDOWN_SPECIAL = /[\\`*_[\]<>|&~#!()$]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`).replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>');
}
