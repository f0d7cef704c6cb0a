import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers, kept by the linter (see README, "How the code is laid out"):
 * - the core (chronology/, dates/, timescale/, theme.ts) imports nothing else of the app: it also
 *   runs in scripts/ and in the import worker;
 * - import/, url/ and share/ import the core only;
 * - state/ imports the core and those three, never a view;
 * - the views (timeline/, map/, components/) may import all of the above, never each other; only
 *   src/App.svelte puts them together;
 * - plain .ts modules in src/lib import neither svelte nor maplibre-gl (types are fine), and only
 *   map/MapView.svelte imports maplibre-gl at all.
 */
const folders = (...names) => `(^|/)(${names.join('|')})/`;
const CORE = ['chronology', 'dates', 'timescale'];
const rule = (message, ...names) => ({ regex: folders(...names), message });
const NOT_VIEWS = rule(
  'Only views import views: state and the core must not.',
  'timeline',
  'map',
  'components',
);
const NOT_STATE = rule('import/, url/, share/ and the core do not reach into state/.', 'state');
const NOT_ADAPTERS = rule(
  'The core imports nothing else of the app (it runs in scripts/ and the worker too).',
  'import',
  'url',
  'share',
);
const NOT_I18N = {
  ...rule(
    'The core says its words through the Translate it is given (type-only imports are fine).',
    'i18n',
  ),
  allowTypeImports: true,
};
const NO_FRAMEWORK = {
  regex: '^(svelte|maplibre-gl)($|/)',
  allowTypeImports: true,
  message: 'Plain modules stay free of svelte and maplibre-gl (type-only imports are fine).',
};
const NO_MAPLIBRE = {
  regex: '^maplibre-gl($|/)',
  allowTypeImports: true,
  message: 'Only map/MapView.svelte imports maplibre-gl, so that it loads only with the map.',
};
/** Each layer's folders and what they must not import. */
const LAYERS = [
  { folders: [...CORE], patterns: [NOT_VIEWS, NOT_STATE, NOT_ADAPTERS, NOT_I18N] },
  { folders: ['import', 'url', 'share'], patterns: [NOT_VIEWS, NOT_STATE] },
  { folders: ['state'], patterns: [NOT_VIEWS] },
  {
    folders: ['timeline'],
    patterns: [rule('Views never import each other.', 'map', 'components')],
  },
  {
    folders: ['map'],
    patterns: [rule('Views never import each other.', 'timeline', 'components')],
  },
  {
    folders: ['components'],
    patterns: [rule('Views never import each other.', 'timeline', 'map')],
  },
];
/** where a layer's folder is: the views' components sit beside lib/ */
const folderPath = (name) => (name === 'components' ? 'src/components' : `src/lib/${name}`);
const restricted = (patterns) => ({
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});
const layerRules = LAYERS.flatMap(({ folders: names, patterns }) => {
  const inLayer = (glob) => names.map((name) => `${folderPath(name)}/${glob}`);
  return [
    { files: inLayer('**/*.svelte.ts'), ...restricted(patterns) },
    { files: inLayer('**/*.test.ts'), ...restricted(patterns) },
    {
      files: inLayer('**/*.svelte'),
      ignores: ['src/lib/map/MapView.svelte'],
      ...restricted([...patterns, NO_MAPLIBRE]),
    },
    {
      files: inLayer('**/*.ts'),
      // context.ts hands state to components through svelte's context: framework plumbing
      ignores: ['**/*.svelte.ts', '**/*.test.ts', 'src/lib/state/context.ts'],
      ...restricted([...patterns, NO_FRAMEWORK]),
    },
  ];
});
const themeRule = {
  files: ['src/lib/theme.ts'],
  ...restricted([NOT_VIEWS, NOT_STATE, NOT_ADAPTERS, NO_FRAMEWORK]),
};

export default ts.config(
  { ignores: ['dist/', 'public/data/', 'node_modules/', 'tests/e2e/artifacts/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // `const { dropped, ...kept } = record` is how a field is left out of a copy
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  ...layerRules,
  themeRule,
);
