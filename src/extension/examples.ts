// The bundled example programs (examples/*.py) that the walkthrough opens. A learner gets a copy in
// the extension's global storage: a real file on disk that F5 can debug and that may be edited
// without touching the installed extension. Copies are per extension version, so an update brings
// the new examples while a learner's edits of the current ones stay.
import * as vscode from 'vscode';

const NAME = /^[A-Za-z0-9_]+$/;

export async function openExample(context: vscode.ExtensionContext, name?: unknown): Promise<void> {
  const bundled = vscode.Uri.joinPath(context.extensionUri, 'examples');
  if (name === undefined) name = await pickExample(bundled);
  if (name === undefined) return;
  if (typeof name !== 'string' || !NAME.test(name)) {
    void vscode.window.showErrorMessage(`Yieldpoint: no example named ${JSON.stringify(name)}.`);
    return;
  }
  const source = vscode.Uri.joinPath(bundled, `${name}.py`);
  const dir = vscode.Uri.joinPath(context.globalStorageUri, 'examples', String(context.extension.packageJSON.version));
  const copy = vscode.Uri.joinPath(dir, `${name}.py`);
  try {
    await vscode.workspace.fs.stat(copy);
  } catch {
    try {
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.copy(source, copy);
    } catch (e) {
      void vscode.window.showErrorMessage(`Yieldpoint: cannot open the example ${name}.py: ${(e as Error).message}`);
      return;
    }
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy), { preview: false });
}

/** The command palette form: the bundled examples, each with its first comment line. */
async function pickExample(bundled: vscode.Uri): Promise<string | undefined> {
  const files = (await vscode.workspace.fs.readDirectory(bundled)).filter(([f]) => f.endsWith('.py')).map(([f]) => f).sort();
  const items = await Promise.all(files.map(async (f) => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(bundled, f)));
    return { label: f.slice(0, -3), detail: /^#\s*(.*)$/m.exec(text)?.[1] ?? '' };
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Open an example program (a copy you can edit and debug)' }))?.label;
}
