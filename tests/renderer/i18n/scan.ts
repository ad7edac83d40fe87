/**
 * A static scan for user-facing text that bypasses the message catalogue, with the TypeScript
 * compiler's parser: in TSX, JSX text with letters and string literals with letters given to
 * user-facing attributes (aria-label, title, placeholder, alt, label, ...) or as JSX children;
 * in Electron's main process, string literals with letters given to a menu item or a dialog
 * (label, title, message, detail, buttons, ...). Also lists the catalogue keys the code names
 * literally (`t('a.b')`, `text('a.b')`, `{ key: 'a.b' }`), so a test can check they exist.
 */
import ts from 'typescript';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly where: string;
}

/** Attributes whose value a user reads or hears. */
export const USER_FACING_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'aria-braillelabel',
  'title',
  'placeholder',
  'alt',
  'label',
  'summary',
  'value-label',
  // Props of the app's own components that end up as visible text.
  'confirmLabel',
  'cancelLabel',
  'message',
  'description',
  'heading',
  'caption',
]);

/** Properties of Electron's menu items and dialog options that are shown to the user. */
const ELECTRON_TEXT_PROPERTIES: ReadonlySet<string> = new Set(['label', 'sublabel', 'toolTip', 'title', 'message', 'detail', 'buttons', 'checkboxLabel', 'buttonLabel', 'nameFieldLabel', 'defaultPath', 'name']);

const hasLetters = (text: string) => /\p{L}/u.test(text);

/**
 * Key names printed the same on French, Spanish and English keyboards, allowed as the whole
 * text of a <kbd>. ("Enter" is not: Entrée, Intro.)
 */
export const KEY_NAMES: ReadonlySet<string> = new Set(['Ctrl', 'Alt', 'Shift', 'Esc', 'Tab', 'Cmd', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12']);

function inKbd(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isJsxElement(parent) && parent.openingElement.tagName.getText() === 'kbd';
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

/** String literals an expression can evaluate to (through ?:, ||, ??, parentheses and templates), not arguments of calls. */
function literalsOf(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((span) => span.literal), ...node.templateSpans.flatMap((span) => literalsOf(span.expression))];
  if (ts.isParenthesizedExpression(node)) return literalsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalsOf(node.whenTrue), ...literalsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind)) {
    return [...(node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? [] : literalsOf(node.left)), ...literalsOf(node.right)];
  }
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return node.getText();
}

/** Hard-coded user-facing text in a TSX source. */
export function scanTsx(file: string, sourceText: string): Finding[] {
  const source = ts.createSourceFile(file, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string, where: string) => {
    if (hasLetters(text)) findings.push({ file, line: lineOf(source, node), text: text.trim().replace(/\s+/g, ' '), where });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && !(inKbd(node) && KEY_NAMES.has(node.text.trim()))) report(node, node.text, 'JSX text');
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      if (USER_FACING_ATTRIBUTES.has(name) && node.initializer) {
        if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text, name);
        else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) for (const literal of literalsOf(node.initializer.expression)) report(literal, literalText(literal), name);
      }
    }
    // {'text'} or {cond ? 'a' : 'b'} as a child of an element.
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const literal of literalsOf(node.expression)) report(literal, literalText(literal), 'JSX child');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Hard-coded text given to Electron's menu items and dialogs in a main-process source. */
export function scanElectronMain(file: string, sourceText: string): Finding[] {
  const source = ts.createSourceFile(file, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string, where: string) => {
    if (hasLetters(text)) findings.push({ file, line: lineOf(source, node), text: text.trim(), where });
  };
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ELECTRON_TEXT_PROPERTIES.has(node.name.getText(source))) {
      const values = ts.isArrayLiteralExpression(node.initializer) ? [...node.initializer.elements] : [node.initializer];
      for (const value of values) for (const literal of literalsOf(value)) report(literal, literalText(literal), node.name.getText(source));
    }
    // dialog.showErrorBox('title', 'content') and the like: literal arguments of dialog calls.
    if (ts.isCallExpression(node) && /^dialog\.show\w+$/.test(node.expression.getText(source))) {
      for (const argument of node.arguments) for (const literal of literalsOf(argument)) report(literal, literalText(literal), node.expression.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Catalogue keys named literally: t('a.b'), i18n.t('a.b'), text('a.b'), and { key: 'a.b' } message references. */
export function literalKeys(file: string, sourceText: string): { key: string; line: number; kind: 'call' | 'property' }[] {
  const source = ts.createSourceFile(file, sourceText, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const keys: { key: string; line: number; kind: 'call' | 'property' }[] = [];
  const isKey = (text: string) => /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/.test(text);
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      const first = node.arguments[0];
      if (/^(t|text|i18n\.t|translate)$/.test(callee) && first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) && isKey(first.text)) keys.push({ key: first.text, line: lineOf(source, first), kind: 'call' });
    }
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'key' && ts.isStringLiteral(node.initializer) && isKey(node.initializer.text)) {
      keys.push({ key: node.initializer.text, line: lineOf(source, node.initializer), kind: 'property' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}
