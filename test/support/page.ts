/**
 * The page Excel's shared runtime gives the functions bundle (taskpane.html), reduced to what loading
 * a chunk needs: a document that runs a <script src> from dist/ when it is appended, and timers.
 * Office is still absent: the only Office global is CustomFunctions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { createCustomFunctionsRuntime } from "../../src/hyperformula/customFunctionsRuntime";
import { DIST } from "./bundle";

interface Script {
  src: string;
  onload?: (event: { type: string }) => void;
  onerror?: (event: { type: string }) => void;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | undefined;
}

export function loadIntoPage(...files: string[]) {
  const runtime = createCustomFunctionsRuntime();
  const loaded: string[] = [];
  const context = createContext({ CustomFunctions: runtime, setTimeout, clearTimeout });
  const document = {
    getElementsByTagName: () => [],
    createElement(): Script {
      const attributes = new Map<string, string>();
      return {
        src: "",
        setAttribute: (name, value) => attributes.set(name, value),
        getAttribute: (name) => attributes.get(name),
      };
    },
    head: {
      appendChild(script: Script) {
        loaded.push(script.src);
        // As a browser does: run the script, then tell the page it has loaded.
        setTimeout(() => {
          runInContext(readFileSync(join(DIST, script.src), "utf8"), context, {
            filename: script.src,
          });
          script.onload?.({ type: "load" });
        });
      },
    },
  };
  context.document = document;
  files.forEach((file) =>
    runInContext(readFileSync(join(DIST, file), "utf8"), context, { filename: file })
  );
  return { registry: runtime.registry, loaded };
}
