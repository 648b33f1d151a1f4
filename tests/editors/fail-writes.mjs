// Loaded into a build with --import by the fault tests (faults.test.ts): the file system refuses one kind of
// write, as a full disk or a folder the user cannot write would, with the error Node itself would give.
// FAIL_WRITES=ENOSPC:<part of a path> fails writing any file whose path holds that part;
// FAIL_WRITES=EACCES:<part> fails moving anything away from a path that ends with it (a folder whose
// parent the user cannot write: the first rename of the swap, dist/ set aside, is refused).
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const [code, part] = (process.env.FAIL_WRITES ?? '').split(/:(.*)/s);
const refuse = (syscall, path) =>
  Object.assign(new Error(`${code}: refused by the fault test, ${syscall} '${path}'`), {
    code,
    syscall,
    path,
    errno: code === 'ENOSPC' ? -28 : -13,
  });

if (code === 'ENOSPC') {
  const { writeFileSync } = fs;
  fs.writeFileSync = (file, ...rest) => {
    if (String(file).includes(part)) throw refuse('write', String(file));
    return writeFileSync(file, ...rest);
  };
}
if (code === 'EACCES') {
  const { renameSync } = fs;
  fs.renameSync = (from, to) => {
    if (String(from).replace(/\/$/, '').endsWith(part))
      throw Object.assign(refuse('rename', String(from)), { dest: String(to) });
    return renameSync(from, to);
  };
}
syncBuiltinESMExports();
