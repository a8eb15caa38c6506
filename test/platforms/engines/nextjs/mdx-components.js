const components = {};

export function useMDXComponents() {
  return components;
}
