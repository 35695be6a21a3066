// Pages read the dataset's labels from the pipeline's one table.
export * from '../pipeline/labels.ts';
