export { analyze, type AnalyzeOptions, type AnalyzeStep, type AnalyzedToken, type Doc } from './analyze.js';
export { analyzeStream, type AnalyzeStreamOptions, type StreamChunk, type StreamDoc } from './stream.js';
