// The ambt extension: highlighting comes from syntaxes/ambt.tmLanguage.json (no code needed);
// this file starts the language server, `ambt lsp`, over standard input and output.
// The server does full-document sync; it offers diagnostics (check and lint), hover, go to
// definition, document symbols, folding, formatting, code actions and completion.
// Needs the npm package vscode-languageclient (run `npm install` in this folder once).
"use strict";
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("ambt");
  const command = config.get("path", "ambt");
  const args = ["lsp", ...config.get("arguments", [])];
  const serverOptions = {
    run: { command, args, transport: TransportKind.stdio },
    debug: { command, args, transport: TransportKind.stdio },
  };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "ambt" }, { scheme: "untitled", language: "ambt" }],
  };
  client = new LanguageClient("ambt", "ambt", serverOptions, clientOptions);
  client.start();
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
