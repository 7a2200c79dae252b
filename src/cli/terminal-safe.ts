// Text from documents and decks reaches the terminal in CLI output (slide titles in export warnings,
// file names, analysis). A terminal obeys control sequences in it: ESC [ rewrites lines, OSC 0 sets
// the window title, OSC 52 writes the clipboard, CR hides what came before. Every byte the CLI
// writes goes through here: C0 and C1 control characters (but newline and tab) and the bidi
// controls that reorder a line ("trojan source") are shown as visible escapes instead.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(unsafe, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
