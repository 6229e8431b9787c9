import { configure } from "@testing-library/react";

// findBy… and waitFor return as soon as what they wait for is there; 1 s (the default) is too short
// for a page to render and settle on a loaded 2-core machine.
configure({ asyncUtilTimeout: 5_000 });
