/** The command line (being written). */
console.error('source-critic: not built yet');
process.exit(2);
