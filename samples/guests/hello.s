// hello.s — a bare-metal IA-64 guest for PatchVmm (and for HP's Ski simulator).
//
// It prints a greeting through the Ski firmware's system-call convention (SSC):
// `break 0x80001` with the call number in r15 and the argument in r32 (the first
// register of the caller's register frame), then exits with status 0.
// The ELF entry point is in region 0, so the machine boots it in system mode with
// physical addressing (DESIGN.md §5).
//
// Build: tools/build-guests.sh (GNU as/ld for ia64, binutils 2.40); the linked image
// hello.elf and its disassembly hello.objdump are committed next to this file.

	.explicit

	SSC_PUTCHAR = 31		// r32 = the character
	SSC_EXIT    = 66		// r32 = the exit status
	SSC_BREAK   = 0x80001		// the break immediate Ski's firmware claims

	.text
	.align 16

// _start: print `message` one byte at a time, then exit(0).
	.global _start
	.proc _start
_start:
	alloc r32 = ar.pfs, 0, 2, 1, 0	// loc0 = r32, loc1 = r33, out0 = r34
	movl r33 = message ;;		// loc1: the next byte to print
.Lnext:
	ld1 r34 = [r33], 1 ;;		// out0 = *loc1++
	cmp.eq p6, p0 = 0, r34		// the terminating NUL?
(p6)	br.cond.dpnt.few .Ldone ;;
	br.call.sptk.many b0 = putchar ;;
	br.cond.sptk.few .Lnext ;;
.Ldone:
	mov r34 = 0 ;;			// out0 = exit status
	br.call.sptk.many b0 = exit ;;
	.endp _start

// putchar(c): write one character to the console.
	.global putchar
	.proc putchar
putchar:
	alloc r2 = ar.pfs, 1, 0, 0, 0	// in0 = r32 = c
	mov r15 = SSC_PUTCHAR ;;
	break.m SSC_BREAK ;;
	br.ret.sptk.many b0 ;;
	.endp putchar

// exit(status): stop the machine; the status becomes the process exit code.
	.global exit
	.proc exit
exit:
	alloc r2 = ar.pfs, 1, 0, 0, 0	// in0 = r32 = status
	mov r15 = SSC_EXIT ;;
	break.m SSC_BREAK ;;
.Lhang:
	br.cond.sptk.few .Lhang ;;	// not reached
	.endp exit

	.section .rodata
message:
	.asciz "Hello from an IA-64 guest!\n"
