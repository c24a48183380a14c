/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane into dist/: taskpane.html + bundle, assets/, and manifest.xml.
//
//   npm run build   production: manifest URLs point at ADDIN_URL (no localhost in dist/)
//   npm start       dev server on https://localhost:3000 (office-addin-dev-certs), http if no certificate
//
// No commands entry: the ribbon button uses ShowTaskpane, which needs no function file.

const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PROD_URL = 'https://budget.example.invalid/';
const PORT = 3000;
const DIST = path.resolve(__dirname, 'dist');

/** Where the production add-in is hosted; always https and ending in "/". */
function productionUrl() {
  let url = (process.env.ADDIN_URL || DEFAULT_PROD_URL).trim();
  if (!url.endsWith('/')) url += '/';
  if (!/^https:\/\/[^/]+\//.test(url)) {
    throw new Error(`ADDIN_URL 必须是 https:// 开头的网址（Office 只加载 https 的加载项），当前为：${url}`);
  }
  return url;
}

/** HTTPS for the dev server from office-addin-dev-certs; plain http (with a hint) when that fails. */
async function devServerTransport() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const { ca, cert, key } = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca, cert, key } };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    console.warn(
      `\n[部门预算助手] 无法创建或读取本地 HTTPS 开发证书（${why}），开发服务器改用 http://localhost:${PORT}/。\n` +
        '  Excel 只加载 https 的加载项；在浏览器中仍可用独立模式调试。\n' +
        '  如需在 Excel 中调试，请先运行：npx office-addin-dev-certs install，然后重新执行 npm start。\n',
    );
    return { type: 'http' };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = production ? productionUrl() : DEV_URL;

  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: DIST,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    // No eval-based source maps: the page's CSP has no 'unsafe-eval'.
    devtool: production ? false : 'source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.json'],
      alias: {
        // The pane's standalone mode runs the ExcelJS host in the browser. ExcelJS's package entry is
        // its Node build (fs, stream, zlib…); its self-contained browser bundle is used instead.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
      },
      // With the alias above nothing the pane bundles needs a Node built-in (checked: the production
      // build resolves with no fallbacks). Keep it empty, so that a future import of fs/stream/… fails
      // the build loudly instead of being replaced by an empty module that breaks at run time.
      fallback: {},
    },
    module: {
      // The ExcelJS browser bundle is pre-built (browserify UMD): nothing in it for webpack to parse.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Type checking is `tsc --noEmit` in npm test; webpack only transpiles.
          options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: !production } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      // The same pane for a plain browser: no office.js, so the page requests nothing from elsewhere.
      new HtmlWebpackPlugin({
        template: './src/standalone/standalone.html',
        filename: 'standalone.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? content.toString('utf8').split(DEV_URL).join(baseUrl) : content),
          },
        ],
      }),
    ],
    // ExcelJS alone is ~1 MB; the pane is loaded from the add-in's own server, not a size-sensitive page.
    performance: { hints: false },
    devServer: serving
      ? {
          port: PORT,
          server: await devServerTransport(),
          static: false,
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};
