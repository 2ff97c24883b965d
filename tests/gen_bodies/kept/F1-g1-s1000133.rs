// finding: F1-return-in-select-try-mode
// seed: 1000133
// expect `drain` => w14- w1x w8x s16 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w14- w1x w8x s16 end close=Ok
// expect `take 0 mid 1 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 0 mid 2 close` => w14- w1x w8x s16 end close=Ok
// expect `take 0 mid 2 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 0 mid 3 close` => w14- w1x w8x s16 end close=Ok
// expect `take 0 mid 3 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 1 close` => w14- w1x w8x s16 end close=Ok
// expect `take 1 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 1 mid 1 close` => w14- w1x w8x s16 end close=Ok
// expect `take 1 mid 1 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 1 mid 2 close` => w14- w1x w8x s16 end close=Ok
// expect `take 1 mid 2 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 1 mid 3 close` => w14- w1x w8x s16 end close=Ok
// expect `take 1 mid 3 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 2 close` => w14- w1x w8x s16 end close=Ok
// expect `take 2 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 2 mid 1 close` => w14- w1x w8x s16 end close=Ok
// expect `take 2 mid 1 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 2 mid 2 close` => w14- w1x w8x s16 end close=Ok
// expect `take 2 mid 2 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 2 mid 3 close` => w14- w1x w8x s16 end close=Ok
// expect `take 2 mid 3 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 6 mid 3 close` => w14- w1x w8x s16 end close=Ok
// expect `take 7 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 7 mid 2 cancel` => w14- w1x w8x s16 end cancel=Ok
// expect `take 3 cancel` => w14- w1x w8x s16 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        biased;
        _ = W::new(&ctx, 1, 2) => {
            ctx.log("s2");
            let mut c3 = 0;
            'l3: loop {
                c3 += 1;
                if c3 > 3 { break; }
                let mut c4 = 0;
                while c4 < 1 {
                    c4 += 1;
                    ctx.check(5, 0b10, 2)?;
                    tokio::join!(W::new(&ctx, 6, 2), W::new(&ctx, 7, 1));
                }
            }
            return;
        }
        _ = W::new(&ctx, 8, 1) => {
            tokio::select! {
                _ = W::new(&ctx, 9, 0) => {
                    for _ in 0..1 {
                        ctx.log("s11");
                    }
                }
                _ = W::new(&ctx, 12, 2) => {
                    ctx.log("s13");
                }
            }
        }
        _ = W::new(&ctx, 14, 0), if ctx.ch(15, 0b111, 3) => {
            ctx.log("s16");
        }
    }
    return;
}
