// import() through Node's own loader: Vitest runs test modules in a vm context whose import() is
// its own. A CommonJS file loaded by Node's require keeps Node's, module hooks included.
module.exports = (specifier) => import(specifier);
