// spec-data.s — data speculation: ld.a, ld.c, chk.a
//
// Advanced loads, a store to the same address in between, check loads (ld.c.clr,
// ld.c.nc) that must deliver the current memory value, and chk.a whose recovery code
// reloads; the ALAT may drop entries, so the values, not the paths, must agree.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x200000 ;;
	mov r3 = 10 ;;
	st8 [r2] = r3 ;;
	ld8.a r4 = [r2] ;;
	mov r3 = 20 ;;
	st8 [r2] = r3 ;;
	ld8.c.clr r4 = [r2] ;;
	ld8.a r5 = [r2] ;;
	ld8.c.nc r5 = [r2] ;;
	ld8.sa r6 = [r2] ;;
	ld8.c.clr.acq r6 = [r2] ;;
	ld8.a r7 = [r2] ;;
	mov r3 = 30 ;;
	st8 [r2] = r3 ;;
	chk.a.clr r7, .Lrecover ;;
.Lback:
	invala ;;
	ld4.a r8 = [r2] ;;
	invala.e r8 ;;
	ld4.c.nc r8 = [r2] ;;
	mov r32 = 0 ;;
	br.sptk.few .Lend ;;
.Lrecover:
	ld8 r7 = [r2] ;;
	br.sptk.few .Lback ;;
.Lend:
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
