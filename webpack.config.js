const path = require("path");
const fs = require("fs");
const os = require("os");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** Where the dev manifest points. */
const DEV_URL = "https://localhost:3000/";
/** The one production setting: where `dist/` is hosted. `npm run build` writes it into dist/manifest.xml. */
const PRODUCTION_URL = process.env.CARECALC_URL || "https://carecalc.example.org/";

/** The manifest for hosting `dist/` at `url`: every dev URL moved there, the app domain to its origin. */
function productionManifest(xml, url) {
  return xml.replaceAll(DEV_URL, url).replaceAll(new URL(DEV_URL).origin, new URL(url).origin);
}

/** The Office dev certificate, if `office-addin-dev-certs` made one; otherwise webpack-dev-server makes a self-signed one. */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const [key, cert, ca] = ["localhost.key", "localhost.crt", "ca.crt"].map((f) =>
    path.join(dir, f)
  );
  if ([key, cert].every((f) => fs.existsSync(f))) {
    return {
      type: "https",
      options: {
        key: fs.readFileSync(key),
        cert: fs.readFileSync(cert),
        ...(fs.existsSync(ca) && { ca: fs.readFileSync(ca) }),
      },
    };
  }
  return { type: "https" };
}

const typescript = (production) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: {
      onlyCompileBundledFiles: true,
      compilerOptions: { noEmit: false, sourceMap: !production },
    },
  },
});

/** The command line (`carecalc check`), for Node; it uses HyperFormula, so it is kept apart from the add-in. */
const cli = (production) => ({
  name: "cli",
  target: "node20",
  devtool: false,
  entry: { cli: "./src/cli/main.ts" },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js" },
  resolve: { extensions: [".ts", ".js"] },
  // One file: the supervising process loads only what it needs, the checking child the rest.
  module: {
    rules: [typescript(production)],
    parser: { javascript: { dynamicImportMode: "eager" } },
  },
  optimization: { minimize: false },
  performance: { hints: false },
});

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const productionUrl = PRODUCTION_URL.endsWith("/") ? PRODUCTION_URL : `${PRODUCTION_URL}/`;
  const addIn = {
    name: "add-in",
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      // Chunks load from beside the page that loads them (taskpane.html and functions.js share a folder).
      publicPath: "",
      // The functions bundle must run where the only global is CustomFunctions (no window, no self).
      globalObject: "globalThis",
      // cli.js comes from the other build into the same folder.
      clean: { keep: /^cli\.js$/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [typescript(production)],
    },
    // Each chunk loaded on demand (checker.js, report.js) is one file with its libraries in it, so
    // what a page may fetch is a short list of files with names that say what they are. The engine
    // is in both checker.js and report.js rather than in a shared chunk of its own: one fetch each.
    optimization: { splitChunks: { cacheGroups: { default: false, defaultVendors: false } } },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? productionManifest(content.toString(), productionUrl) : content,
          },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: 3000,
      server: httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { runtimeErrors: false } },
    },
  };
  return [addIn, cli(production)];
};
