/**
 * Lists every Office.js member the add-in's source uses, with the requirement set its declaration in
 * the installed typings names (`[Api set: ExcelApi 1.12]` in @types/office-js and
 * @types/custom-functions-runtime: the same annotations Microsoft's reference pages are built from),
 * and whether the use sits behind an `isSetSupported` check for that set.
 *
 * A use counts as guarded when it is
 *   - inside the `then` branch of `if (…isSetSupported("Set", "1.x")…)`, the true branch of a `?:`
 *     or the right side of `&&` whose condition holds such a call, or
 *   - after an early exit `if (!…isSetSupported("Set", "1.x")…) return/throw` in an enclosing block,
 * with a literal set name and a version at least the member's. `supportsApiSet(…)` from
 * src/office/requirements.ts counts as the same call.
 */
import * as path from "node:path";
import ts from "typescript";

export interface ApiSet {
  readonly name: string;
  readonly version: string;
}

export interface ApiUse {
  readonly file: string;
  readonly line: number;
  /** As written, e.g. `context.workbook.getActiveShapeOrNullObject`. */
  readonly text: string;
  /** The member, e.g. `Workbook.getActiveShapeOrNullObject`. */
  readonly member: string;
  readonly needs: ApiSet;
  /** The sets an enclosing isSetSupported check guarantees. */
  readonly guardedBy: readonly ApiSet[];
}

const ROOT = path.join(__dirname, "../..");
const TYPINGS = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;
const API_SET = /\[\s*Api set:\s*([A-Za-z]+)\s+(\d+(?:\.\d+)?)/;
const GUARD_FUNCTIONS = new Set(["isSetSupported", "supportsApiSet"]);

/** Compares "1.12" with "1.7" as versions (1.12 is later). */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

function apiSetOf(declaration: ts.Declaration): ApiSet | undefined {
  const source = declaration.getSourceFile();
  if (!TYPINGS.test(source.fileName)) return undefined;
  // The annotation is in the JSDoc right above the declaration.
  const comments = ts.getLeadingCommentRanges(source.text, declaration.getFullStart()) ?? [];
  for (const range of comments.reverse()) {
    const match = API_SET.exec(source.text.slice(range.pos, range.end));
    if (match?.[1] && match[2]) return { name: match[1], version: match[2] };
  }
  return undefined;
}

function memberName(declaration: ts.Declaration): string {
  const owner = declaration.parent;
  const ownerName =
    owner && (ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner) || ts.isEnumDeclaration(owner))
      ? owner.name?.text
      : undefined;
  const name = ts.getNameOfDeclaration(declaration)?.getText() ?? "?";
  return ownerName ? `${ownerName}.${name}` : name;
}

/** The least demanding set among the declarations (overloads may differ); resolved call first. */
function neededSet(
  checker: ts.TypeChecker,
  node: ts.PropertyAccessExpression,
): { needs: ApiSet; member: string } | undefined {
  const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
  const resolved = call ? checker.getResolvedSignature(call)?.declaration : undefined;
  if (resolved && !ts.isJSDocSignature(resolved)) {
    const set = apiSetOf(resolved);
    if (set) return { needs: set, member: memberName(resolved) };
  }
  const symbol = checker.getSymbolAtLocation(node.name);
  let best: { needs: ApiSet; member: string } | undefined;
  for (const declaration of symbol?.declarations ?? []) {
    const set = apiSetOf(declaration);
    if (set && (!best || compareVersions(set.version, best.needs.version) < 0)) {
      best = { needs: set, member: memberName(declaration) };
    }
  }
  return best;
}

function guardCalls(condition: ts.Node): ApiSet[] {
  const found: ApiSet[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : "";
      const [set, version] = node.arguments;
      if (
        GUARD_FUNCTIONS.has(name) &&
        set &&
        version &&
        ts.isStringLiteralLike(set) &&
        ts.isStringLiteralLike(version)
      ) {
        found.push({ name: set.text, version: version.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(condition);
  return found;
}

function isNegated(condition: ts.Expression): boolean {
  let node: ts.Expression = condition;
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken;
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements[statement.statements.length - 1];
    return last !== undefined && exits(last);
  }
  return false;
}

function within(node: ts.Node, container: ts.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end;
}

/** The sets guaranteed where `node` runs, by the enclosing checks described at the top. */
function guardsAround(node: ts.Node): ApiSet[] {
  const guards: ApiSet[] = [];
  for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && within(node, parent.thenStatement) && !isNegated(parent.expression)) {
      guards.push(...guardCalls(parent.expression));
    }
    if (ts.isConditionalExpression(parent) && within(node, parent.whenTrue) && !isNegated(parent.condition)) {
      guards.push(...guardCalls(parent.condition));
    }
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      within(node, parent.right)
    ) {
      guards.push(...guardCalls(parent.left));
    }
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (
          ts.isIfStatement(statement) &&
          isNegated(statement.expression) &&
          exits(statement.thenStatement)
        ) {
          guards.push(...guardCalls(statement.expression));
        }
      }
    }
  }
  return guards;
}

/** Source files of the add-in (not tests), as the TypeScript program sees them. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of ts.sys.readDirectory(folder, [".ts", ".tsx"], undefined, ["**/*"])) files.push(entry);
  };
  visit(path.join(ROOT, "src"));
  return files.filter((file) => !file.endsWith(".d.ts"));
}

/**
 * Every Office.js member use under src/, plus `extra` files (path relative to the repository → text),
 * which tests use to plant a use without touching src/.
 */
export function apiSetUses(extra: Readonly<Record<string, string>> = {}): ApiUse[] {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const planted = new Map(Object.entries(extra).map(([file, text]) => [path.join(ROOT, file), text]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, ...rest) => {
    const text = planted.get(path.resolve(fileName));
    return text === undefined
      ? getSourceFile(fileName, language, ...rest)
      : ts.createSourceFile(fileName, text, language, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => planted.has(path.resolve(fileName)) || fileExists(fileName);
  const roots = [...sourceFiles(), ...planted.keys()];
  const program = ts.createProgram(roots, { ...options, noEmit: true }, host);
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of roots) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`TypeScript did not load ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const found = neededSet(checker, node);
        if (found) {
          uses.push({
            file: path.relative(ROOT, file),
            line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            text: node.getText(),
            member: found.member,
            needs: found.needs,
            guardedBy: guardsAround(node),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** Uses that need more than `declared` (the manifest's sets) and no enclosing check covers. */
export function unguardedUses(uses: readonly ApiUse[], declared: ReadonlyMap<string, string>): ApiUse[] {
  const covers = (set: ApiSet, need: ApiSet) =>
    set.name === need.name && compareVersions(set.version, need.version) >= 0;
  return uses.filter((use) => {
    const floor = declared.get(use.needs.name);
    if (floor !== undefined && compareVersions(floor, use.needs.version) >= 0) return false;
    return !use.guardedBy.some((guard) => covers(guard, use.needs));
  });
}
