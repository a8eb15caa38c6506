import { TAG_NAME } from './attributes.js';

/** Warnings already given, so 100 instances with the same problem warn once. */
const warned = new Set<string>();

/** `console.warn` once per distinct message, prefixed with the tag name. */
export const warnOnce = (message: string): void => {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<${TAG_NAME}>: ${message}`);
};
