// @ts-check
// Builds the task pane, the ribbon command page and the demo page (the pane on an in-memory
// workbook, no Excel) into dist/, and serves them on https://localhost:3000 (the origin
// manifest.xml points at).
//
//   npm run build                 office.js from Microsoft's CDN (required for AppSource)
//   npm run build:local           OFFICE_JS=local: office.js copied from @microsoft/office-js
//   TASKPANE_ENTRY=/tmp/x.tsx …   build another task-pane entry (to test the build alone)
//
// Either switch also works as `--env OFFICE_JS=local` / `--env TASKPANE_ENTRY=…`.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { setTimeout } = require('node:timers');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { ORIGIN, startMessage } = require('./scripts/startMessage');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_JS_OUT = 'office-js';

/**
 * What office.js fetches beside itself (paths relative to its own URL), for the local copy:
 * the O15 mapping table (without it Office.onReady never fires outside Office), the Excel host
 * files it picks per platform, the UI strings per locale, and the telemetry scripts. Other hosts'
 * files (Word, Outlook …) and the .debug.js twins are left out.
 */
const OFFICE_JS_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'excel-*.js',
  '*/office_strings.js',
  'telemetry/oteljs_agave.js',
  'ariatelemetry/aria-web-telemetry.js',
];

/** exceljs's browser build: the Node one needs stream, zlib … polyfills webpack 5 no longer has. */
const EXCELJS_BROWSER = path.join(__dirname, 'node_modules', 'exceljs', 'dist', 'exceljs.min.js');

/** Prints where to find the demo and how to sideload, once the first build is served. */
class StartMessagePlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    let printed = false;
    compiler.hooks.done.tap('StartMessagePlugin', (stats) => {
      if (printed || stats.hasErrors()) return;
      printed = true;
      // After the dev server's own "compiled successfully" line, not buried above it.
      setTimeout(() => {
        console.log(startMessage(ORIGIN));
      }, 0);
    });
  }
}

/** The certificate from `npx office-addin-dev-certs install`, if present; Excel trusts it. */
function officeDevCerts() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  const ca = path.join(dir, 'ca.crt');
  if (![cert, key, ca].every((file) => fs.existsSync(file))) return null;
  return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(ca) };
}

/**
 * @param {Record<string, string | boolean | undefined>} env
 * @param {{ mode?: 'development' | 'production' | 'none' }} argv
 * @returns {import('webpack').Configuration & { devServer?: import('webpack-dev-server').Configuration }}
 */
module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const officeJsLocal = (env.OFFICE_JS ?? process.env.OFFICE_JS) === 'local';
  const taskpaneEntry = String(
    env.TASKPANE_ENTRY ?? process.env.TASKPANE_ENTRY ?? './src/taskpane/index.tsx',
  );
  const officeJsUrl = officeJsLocal ? `${OFFICE_JS_OUT}/office.js` : OFFICE_JS_CDN;
  const certs = production ? null : officeDevCerts();
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    entry: {
      taskpane: taskpaneEntry,
      commands: './src/commands/commands.ts',
      demo: './src/demo/index.tsx',
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    // Production ships no source maps (they would be deployed beside the bundle).
    devtool: production ? false : 'eval-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // Lets an entry outside the project (TASKPANE_ENTRY) resolve the project's packages.
      modules: ['node_modules', path.join(__dirname, 'node_modules')],
      alias: { exceljs$: EXCELJS_BROWSER },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is its own step (npm run typecheck); tsconfig says noEmit for tsc.
            options: {
              transpileOnly: true,
              // Absolute, so an entry outside the project still uses the project's settings.
              configFile: path.join(__dirname, 'tsconfig.json'),
              compilerOptions: { noEmit: false },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // React and Fluent UI change less often than our code: their own cacheable file, shared
          // by the pane and the demo page. The ribbon's function file stays one small script.
          vendor: {
            test: /[\\/]node_modules[\\/](?!exceljs[\\/])/,
            name: 'vendor',
            chunks: (chunk) => chunk.name === 'taskpane' || chunk.name === 'demo',
          },
          // Only the demo page reads .xlsx files: the add-in never loads exceljs.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: 'exceljs',
            chunks: (chunk) => chunk.name === 'demo',
          },
        },
      },
    },
    performance: {
      // React + Fluent UI v9 is large; warn only well above that, and never for office.js files
      // or the demo page's exceljs (the add-in loads neither from this build).
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_200_000,
      assetFilter: (file) =>
        file.endsWith('.js') &&
        !file.startsWith(`${OFFICE_JS_OUT}/`) &&
        !file.startsWith('exceljs.'),
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters: { officeJsUrl },
      }),
      // No office.js: the demo page hosts the pane on the in-memory workbook.
      new HtmlWebpackPlugin({
        filename: 'demo.html',
        template: './src/demo/demo.html',
        chunks: ['demo'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          // The demo page's samples: the test fixtures, fetched beside the page.
          { from: 'assets/samples/*.xlsx', to: 'assets/samples/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          ...(officeJsLocal
            ? OFFICE_JS_FILES.map((from) => ({
                from,
                context: OFFICE_JS_DIST,
                // Keep the layout office.js expects (vi-vn/office_strings.js, telemetry/…).
                to: ({ absoluteFilename = '' }) =>
                  [
                    OFFICE_JS_OUT,
                    ...path.relative(OFFICE_JS_DIST, absoluteFilename).split(path.sep),
                  ].join('/'),
                globOptions: { ignore: ['**/*.debug.js'] },
                // Already minified by Microsoft; re-minifying costs ~20 s.
                info: { minimized: true },
              }))
            : []),
        ],
      }),
      ...(serving ? [new StartMessagePlugin()] : []),
    ],
    devServer: {
      port: 3000,
      // Excel only loads https pages. webpack-dev-server's own self-signed certificate works in
      // a browser once accepted; Excel needs the trusted one from office-addin-dev-certs.
      server: certs ? { type: 'https', options: certs } : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      open: false,
      static: false,
    },
  };
};
