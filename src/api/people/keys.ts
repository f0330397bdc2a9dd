/** Query keys of the people layer (`['people', …]`), apart from the query files so the search page can import them without the vendors' schemas. */
export const peopleKeys = {
  all: ['people'] as const,
  byKey: () => [...peopleKeys.all, 'by-key'] as const,
  search: () => [...peopleKeys.all, 'search'] as const,
};
