namespace FirmwareGuard.Tests.Idioms;

/// <summary>Guest-memory relocation and BAR moves that must be logged first (FG0103).</summary>
internal static class RelocationIdioms
{
    public static readonly Idiom[] All =
    {
        new("relocation loop", "hvmloader's lowmem relocation, one line per chunk", """
            void RelocateLowMem(uint start, uint low, uint high)
            {
                while (start < low)
                {
                    var pages = Math.Min(low - start, 0xffffu);
                    low -= pages;
                    high -= pages;
                    Log.Printf("Relocating 0x%x pages from %08x to %08x for lowmem MMIO hole\n", pages, low, high);
                    Physmap.Move(low, high, pages);
                }
            }
            """),
        new("relocation loop", "lowmem relocation logged once before the loop", """
            void RelocateLowMem(uint start, uint low, uint high)
            {
                Log.Printf("Relocating guest memory for lowmem MMIO hole\n");
                while (start < low)
                {
                    var pages = Math.Min(low - start, 0xffffu);
                    low -= pages;
                    high -= pages;
                    {|FG0103:Physmap.Move(low, high, pages)|};
                }
            }
            """),
        new("relocation in a local function", "chunk moved by a local function that logs it", """
            void RelocateChunks(uint[] froms, uint[] tos, uint pages)
            {
                for (var i = 0; i < froms.Length; i++)
                {
                    MoveChunk(froms[i], tos[i]);
                }

                void MoveChunk(uint from, uint to)
                {
                    Log.Printf("Relocating 0x%x pages from %08x to %08x\n", pages, from, to);
                    Physmap.Move(from, to, pages);
                }
            }
            """),
        new("relocation in a local function", "chunk moved by a local function logged only by its caller", """
            void RelocateChunks(uint[] froms, uint[] tos, uint pages)
            {
                for (var i = 0; i < froms.Length; i++)
                {
                    Log.Printf("Relocating 0x%x pages from %08x to %08x\n", pages, froms[i], tos[i]);
                    MoveChunk(froms[i], tos[i]);
                }

                void MoveChunk(uint from, uint to) => {|FG0103:Physmap.Move(from, to, pages)|};
            }
            """),
        new("relocation in a lambda", "deferred relocation that logs when it runs", """
            Action Defer(uint from, uint to, uint pages) => () =>
            {
                Log.Printf("Relocating 0x%x pages from %08x to %08x\n", pages, from, to);
                Physmap.Move(from, to, pages);
            };
            """),
        new("relocation in a lambda", "deferred relocation logged when it was planned", """
            Action Defer(uint from, uint to, uint pages)
            {
                Log.Printf("Planning to relocate 0x%x pages from %08x to %08x\n", pages, from, to);
                return () => {|FG0103:Physmap.Move(from, to, pages)|};
            }
            """),
        new("deconstruction", "next chunk taken by deconstruction, then logged", """
            void MoveNext(uint low, uint high, uint pages, uint nextLow, uint nextHigh)
            {
                (low, high) = (nextLow, nextHigh);
                Log.Printf("Relocating 0x%x pages from %08x to %08x\n", pages, low, high);
                Physmap.Move(low, high, pages);
            }
            """),
        new("deconstruction", "next chunk taken by deconstruction after the log line", """
            void MoveNext(uint low, uint high, uint pages, uint nextLow, uint nextHigh)
            {
                Log.Printf("Relocating 0x%x pages from %08x to %08x\n", pages, low, high);
                (low, high) = (nextLow, nextHigh);
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """),
        new("write through a ref local", "cursor advanced through a ref local before the log line", """
            uint lowCursor;

            void MoveBelow(uint high, uint pages)
            {
                ref var cursor = ref lowCursor;
                cursor -= pages;
                Log.Printf("Relocating 0x%x pages from %08x to %08x\n", pages, lowCursor, high);
                Physmap.Move(lowCursor, high, pages);
            }
            """),
        new("write through a ref local", "cursor advanced through a ref local after the log line", """
            uint lowCursor;

            void MoveBelow(uint high, uint pages)
            {
                ref var cursor = ref lowCursor;
                Log.Printf("Relocating 0x%x pages from %08x to %08x\n", pages, lowCursor, high);
                cursor -= pages;
                {|FG0103:Physmap.Move(lowCursor, high, pages)|};
            }
            """),
        new("argument no directive reads", "every value read by a directive", """
            void MoveOnce(uint low, uint high, uint pages)
            {
                Log.Printf("Relocating 0x%x pages from %08x to %08x\n", pages, low, high);
                Physmap.Move(low, high, pages);
            }
            """),
        new("argument no directive reads", "destination passed but not printed", """
            void MoveOnce(uint low, uint high, uint pages)
            {
                Log.Printf("Relocating 0x%x pages from %08x\n", pages, low, {|FG0004:high|});
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """),
        new("BARs moved above 4 GiB", "BAR relocation announced first", """
            void PlaceBars(ulong mmioTotal, ulong holeSize)
            {
                if (mmioTotal > holeSize)
                {
                    Log.Printf("Low MMIO hole not large enough, relocating some BARs to 64-bit\n");
                    Physmap.RelocateBarsHigh();
                }
            }
            """),
        new("BARs moved above 4 GiB", "BAR relocation announced on one branch only", """
            void PlaceBars(ulong mmioTotal, ulong holeSize, bool verbose)
            {
                if (verbose)
                {
                    Log.Printf("Low MMIO hole not large enough, relocating some BARs to 64-bit\n");
                }

                if (mmioTotal > holeSize)
                {
                    {|FG0103:Physmap.RelocateBarsHigh()|};
                }
            }
            """),
    };
}
