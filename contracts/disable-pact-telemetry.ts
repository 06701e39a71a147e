// Pact's native core sends usage analytics to an outside host unless this is set. Import this
// module before '@pact-foundation/pact' so that the variable is set before the core loads. The
// npm scripts set it too.
process.env.PACT_DO_NOT_TRACK = 'true';
