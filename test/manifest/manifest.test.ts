/**
 * The manifest's structure, checked offline (Microsoft's validator needs its web service).
 * Well-formedness comes from libxml2's xmllint; the rest from the rules Office applies.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

const attributeValues = (xml: string, attribute: string) =>
  [...xml.matchAll(new RegExp(`\\b${attribute}="([^"]*)"`, "g"))].map((m) => m[1]);

/** Resource ids defined under <Resources> (images, URLs, strings). */
const definedIds = () =>
  new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));

it("is well-formed XML (xmllint)", () => {
  expect(() =>
    execFileSync("xmllint", ["--noout", join(ROOT, "manifest.xml")], { stdio: "pipe" })
  ).not.toThrow();
});

it("defines every resid it uses", () => {
  const ids = definedIds();
  const missing = attributeValues(manifest, "resid").filter((id) => !ids.has(id));
  expect(missing).toEqual([]);
});

it("uses only https URLs", () => {
  const urls = [...manifest.matchAll(/DefaultValue="(\w+:\/\/[^"]*)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
});

it("names the custom functions' namespace CARE", () => {
  const namespaceId = /<Namespace resid="([^"]+)"\/>/.exec(manifest)?.[1];
  expect(namespaceId).toBeDefined();
  expect(manifest).toContain(`<bt:String id="${namespaceId}" DefaultValue="CARE"/>`);
});

it("has a four-part version", () => {
  expect(manifest).toMatch(/<Version>\d+\.\d+\.\d+\.\d+<\/Version>/);
});

it("asks for no more than ReadWriteDocument", () => {
  expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
});

it("runs the functions and the task pane in one shared runtime", () => {
  expect(manifest).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
  expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  const functions =
    /<ExtensionPoint xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(manifest)?.[1] ??
    "";
  expect(functions).toMatch(/<Script>\s*<SourceLocation resid="Functions.Script.Url"\/>/);
  expect(functions).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
  expect(functions).toMatch(/<Metadata>\s*<SourceLocation resid="Functions.Metadata.Url"\/>/);
});

it("opens the task pane from a ribbon button", () => {
  expect(manifest).toMatch(
    /<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.Url"\/>/
  );
});

it("points every icon at a file in assets/, in 16, 32, 64 and 80 px", () => {
  const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)"/g)].map(
    (m) => m[1]
  );
  expect(icons.length).toBeGreaterThan(0);
  icons.forEach((icon) => expect(existsSync(join(ROOT, icon))).toBe(true));
  [16, 32, 64, 80].forEach((size) =>
    expect(existsSync(join(ROOT, "assets", `icon-${size}.png`))).toBe(true)
  );
});

describe("the production manifest written by npm run build", () => {
  const built = () => readFileSync(join(ROOT, "dist", "manifest.xml"), "utf8");

  it("points at the production URL, not localhost", () => {
    expect(built()).not.toContain("localhost");
    expect(built()).toContain("https://carecalc.example.org/functions.json");
  });
});
