/** The folder inside an output folder that holds newsbrief's own state: the ledger, its lock, the catalog cache. */
export const STATE_DIR = '.newsbrief';
