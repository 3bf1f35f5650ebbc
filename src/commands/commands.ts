// The ribbon's function file (manifest FunctionFile → commands.html). The only button today is a
// ShowTaskpane action, which Office handles without code, so nothing is registered here. A
// future ExecuteFunction button would be bound with Office.actions.associate inside onReady:
// https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands

/** Resolves once Office has initialised the function file. */
export const commandsReady = Office.onReady();
