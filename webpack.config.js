/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane into dist/: taskpane.html + bundle, assets/, and manifest.xml.
//
//   ADDIN_URL=https://… npm run build   production: manifest URLs point at ADDIN_URL; without it the
//                                        build fails (no placeholder host is ever written)
//   npm run build:test                   the same production build for local testing only
//                                        (ADDIN_URL=https://localhost:3000/); npm test uses it
//   OFFICE_JS=local …                    office.js served from the add-in's own origin (dist/office-js/,
//                                        copied from @microsoft/office-js) for networks without
//                                        Microsoft's CDN; the CSP then allows scripts from 'self' only
//   npm start                            dev server on https://localhost:3000 (office-addin-dev-certs),
//                                        http if no certificate
//
// No commands entry: the ribbon button uses ShowTaskpane, which needs no function file.

const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const { DEV_URL, writeManifest } = require('./scripts/manifest');

const PORT = 3000;
const DIST = path.resolve(__dirname, 'dist');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIR = 'office-js';

/** Where the production add-in is hosted; always https and ending in "/". Required: no default. */
function productionUrl() {
  const given = (process.env.ADDIN_URL || '').trim();
  if (!given) {
    throw new Error(
      '生产构建需要加载项的发布地址：请设置 ADDIN_URL，例如 ADDIN_URL=https://内网服务器/部门预算/ npm run build。' +
        '（本机测试请用 npm run build:test。）manifest.xml 中的地址由它生成，不会写入占位地址。',
    );
  }
  let url = given;
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

/** OFFICE_JS=local: office.js and its host files from @microsoft/office-js, served by the add-in itself. */
function officeJsMode() {
  const v = (process.env.OFFICE_JS || 'cdn').trim().toLowerCase();
  if (v !== 'cdn' && v !== 'local') throw new Error(`OFFICE_JS 只能是 local 或 cdn（默认），当前为：${process.env.OFFICE_JS}`);
  return v;
}

/** Writes dist/manifest.xml through office-addin-manifest once the build has been emitted. */
class ManifestPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise('ManifestPlugin', async () => {
      await writeManifest(path.resolve(__dirname, 'manifest.xml'), path.join(compiler.outputPath, 'manifest.xml'), this.baseUrl);
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const baseUrl = production ? productionUrl() : DEV_URL;
  const officeJs = officeJsMode();
  const officeJsSrc = officeJs === 'local' ? `${OFFICE_JS_DIR}/office.js` : OFFICE_JS_CDN;
  // The CSP follows: Microsoft's CDN is allowed only when office.js comes from it.
  const scriptSrc = officeJs === 'local' ? "'self'" : "'self' https://appsforoffice.microsoft.com";

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
        templateParameters: { officeJsSrc, scriptSrc },
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
          // office.js loads its host- and locale-specific files from its own folder: all of them are
          // copied, without the debug builds and the IntelliSense files.
          ...(officeJs === 'local'
            ? [
                {
                  from: path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist'),
                  to: OFFICE_JS_DIR,
                  globOptions: { ignore: ['**/*.debug.js', '**/office-vsdoc.js', '**/*.d.ts'] },
                },
              ]
            : []),
        ],
      }),
      new ManifestPlugin(baseUrl),
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
