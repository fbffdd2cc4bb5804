// The ambt extension. Highlighting comes from syntaxes/ambt.tmLanguage.json and needs no code;
// this file starts the language server, `ambt lsp`, over standard input and output (the server
// does full-document sync). It offers diagnostics from check and lint, hover, go to definition,
// document symbols, folding, formatting, code actions (the fix-its, and "bevestig" for an
// inferred @key?) and completion.
//
// It needs the npm package vscode-languageclient: run `npm install` in this folder once. Without
// it the extension says so and .ambt files are still highlighted.
"use strict";
const vscode = require("vscode");

let client;

function activate(context) {
  let languageclient;
  try {
    languageclient = require("vscode-languageclient/node");
  } catch (e) {
    vscode.window.showWarningMessage(
      "ambt: run 'npm install' in the extension folder to connect 'ambt lsp'; highlighting works without it.");
    return;
  }
  const config = vscode.workspace.getConfiguration("ambt");
  const command = config.get("path", "ambt");
  const args = ["lsp", ...config.get("arguments", [])];
  const transport = languageclient.TransportKind.stdio;
  const serverOptions = { run: { command, args, transport }, debug: { command, args, transport } };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "ambt" }, { scheme: "untitled", language: "ambt" }],
  };
  client = new languageclient.LanguageClient("ambt", "ambt", serverOptions, clientOptions);
  client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
