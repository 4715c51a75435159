#pragma once

namespace st {

/// 128-bit integer for exact intermediate products (amount x weight) that may exceed 64 bits.
/// `__extension__` keeps -Wpedantic quiet about the GCC/Clang built-in type.
__extension__ typedef __int128 Int128;

} // namespace st
