// sys-a-psr-ia.s — psr.ia: one instruction fetched without the instruction access-bit check
//
// With instruction translation on (psr.it = 1), fetching from a page whose accessed bit is 0
// raises an Instruction Access Bit fault (IVA+0x2400, ISR.x, cr.ifa = the bundle; SDM Vol. 2
// 4.1, 8.3); psr.ia disables the check for one instruction (SDM Vol. 2 3.3.2). Three
// instruction translation registers map the IVT and the program (0x100000 and 0x108000,
// 32 KiB, accessed) and a test page (0x110000, 4 KiB, not accessed), identity, rwx at PL 0;
// data stay physical. The test page holds one bundle whose slot 0 branches back out. An rfi
// with psr.ia = 1 runs it without a fault; a later branch into it faults, and the handler
// returns with ipsr.ia set, after which the branch runs. (Ski checks the bit only when it
// enters a page, so an instruction after the one psr.ia covers, on the same page, would not
// fault there: System/InstructionAccessBitTests.cs checks that it does.) The handler copies
// cr.isr and cr.ifa to r9 and r10 and counts in r8.
//
// A system-mode test program (issue 4): its final state is compared, field by field, with
// the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).
// ski-excluded: cr.iipa -- only defined at an interruption (SDM Vol. 2 3.3.5.6); at EXIT Ski holds the last fall-through instruction's address with its slot bits (sim.c iCycleSys)
// ski-excluded: cr.ifa cr.itir -- Ski rewrites them on every instruction-page lookup while psr.ic is 1 (tlb.c itlbLookup/instLookup); the handler keeps cr.ifa in a register

	.explicit
	.include "system.inc"
	.text
	.align 32768
ivt:
	ENTRY 0x2400
	mov r16 = cr.isr
	mov r17 = cr.ifa
	mov r18 = cr.ipsr ;;
	mov r9 = r16
	mov r10 = r17
	dep r18 = -1, r18, 45, 1	// ia
	adds r8 = 1, r8 ;;
	mov cr.ipsr = r18 ;;
	rfi ;;

	ENTRY 0x8000
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 40, 0, 0 ;;
	movl r2 = ivt ;;
	mov cr.iva = r2
	mov r8 = 0 ;;
	bsw.1 ;;
	// Region 0: rid 0, 4 KiB preferred pages (ps 12), no VHPT walk.
	mov r3 = 12 << 2 ;;
	mov rr[r0] = r3 ;;
	srlz.d
	// itr0: 0x100000, itr1: 0x108000 (32 KiB, accessed); itr2: 0x110000 (4 KiB, not accessed).
	mov r4 = 15 << 2
	movl r5 = 0x100000 ;;
	mov cr.itir = r4
	mov cr.ifa = r5
	movl r6 = 0x100000 | (3 << 9) | (1 << 5) | 1 ;;
	mov r7 = 0 ;;
	itr.i itr[r7] = r6 ;;
	srlz.i
	movl r5 = 0x108000 ;;
	mov cr.ifa = r5
	movl r6 = 0x108000 | (3 << 9) | (1 << 5) | 1
	mov r7 = 1 ;;
	itr.i itr[r7] = r6 ;;
	srlz.i
	mov r4 = 12 << 2
	movl r5 = 0x110000 ;;
	mov cr.itir = r4
	mov cr.ifa = r5
	movl r6 = 0x110000 | (3 << 9) | 1
	mov r7 = 2 ;;
	itr.i itr[r7] = r6 ;;
	srlz.i
	// rfi with it, ia into the test page.
	movl r3 = test
	movl r5 = (1 << 44) | (1 << 13) | (1 << 36) | (1 << 45) ;;	// bn ic it ia
	mov cr.iip = r3
	mov cr.ipsr = r5 ;;
	movl r11 = back1 ;;
	mov b6 = r11 ;;
	rfi ;;
back1:
	mov r40 = r8			// no fault
	movl r11 = back2 ;;
	mov b6 = r11 ;;
	mov r9 = -1
	br.cond.sptk.few test ;;	// Instruction Access Bit fault, then again with ia
back2:
	mov r42 = r8
	mov r43 = r9
	mov r44 = r10
	// Back to physical fetch, slot 0.
	rsm psr.ic ;;
	srlz.d
	movl r3 = done
	movl r5 = (1 << 44) | (1 << 13) ;;
	mov cr.iip = r3
	mov cr.ipsr = r5 ;;
	rfi ;;
done:
	EXIT

	.org ivt + 0x10000
test:
	{ .bbb
	br.sptk.few b6			// leaves the page at once
	nop.b 0
	nop.b 0 ;; }
	.endp _start
