// Fixture for `patchvmm disasm` on ELF files: the ways objdump labels code and names
// branch targets. tools/build-guests.sh assembles it into symbols.o (relocatable), links
// it into symbols.elf (text at 0x100000) and strips that into symbols.stripped.elf; each
// has its objdump -d listing beside it (NAME.objdump), the reference for the tests.
	.file "symbols.s"
	.text
	.global _start, alias
	.type _start,@function
	.size _start,48
_start:				// a function and a global alias at the same address
alias:
	{ .mib
	nop.m 0
	nop.i 0
	br.call.sptk.many b0=ext_func ;;	// undefined: relocated in symbols.o
	}
	{ .mib
	nop.m 0
	nop.i 0
	br.call.sptk.many b0=local2 ;;	// a weak and a local symbol share the target
	}
	{ .mib
	nop.m 0
	nop.i 0
	br.cond.sptk.few .Lx ;;	// to a label that is not in the symbol table
	}
.Lx:
	{ .mib
	nop.m 0
	nop.i 0
	br.cond.sptk.few table+16 ;;	// into a data object
	}
	.type table,@object
	.size table,32
table:				// a data object in a code section: dumped as bytes
	data8 0x6f6c6c6548, 0
	data8 0, 0x1234
	.weak wk
wk:
local2:
	{ .bbb
	br.ret.sptk.many b0
	nop.b 0
	nop.b 0 ;;
	}
	.skip 48			// zero bytes: objdump prints "..."
	{ .mib
	nop.m 0
	nop.i 0
	br.cond.sptk.few _start ;;
	}
	.set absval, 0x40		// an absolute symbol
	.global absval

	.section .text.other,"ax",@progbits
other:				// a second code section
	{ .bbb
	br.cond.sptk.few _start
	br.cond.sptk.few local2
	br.cond.sptk.few other2 ;;
	}

	.data
dat:	data8 0

	.section .init,"ax",@progbits
	{ .mib
	nop.m 0
	nop.i 0
	br.cond.sptk.few other ;;
	}
mid:	data1 1			// a symbol after the last whole bundle

	.text
other2:				// a symbol at the very end of .text
