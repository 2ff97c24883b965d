// finding: F1-return-in-select-try-mode
// seed: 1000138
// expect `drain` => w14- w1x w16x s15 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w14- w1x w16x s15 end close=Ok
// expect `take 0 mid 1 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 0 mid 2 close` => w14- w1x w16x s15 end close=Ok
// expect `take 0 mid 2 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 0 mid 3 close` => w14- w1x w16x s15 end close=Ok
// expect `take 0 mid 3 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 1 close` => w14- w1x w16x s15 end close=Ok
// expect `take 1 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 1 mid 1 close` => w14- w1x w16x s15 end close=Ok
// expect `take 1 mid 1 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 1 mid 2 close` => w14- w1x w16x s15 end close=Ok
// expect `take 1 mid 2 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 1 mid 3 close` => w14- w1x w16x s15 end close=Ok
// expect `take 1 mid 3 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 2 close` => w14- w1x w16x s15 end close=Ok
// expect `take 2 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 2 mid 1 close` => w14- w1x w16x s15 end close=Ok
// expect `take 2 mid 1 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 2 mid 2 close` => w14- w1x w16x s15 end close=Ok
// expect `take 2 mid 2 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 2 mid 3 close` => w14- w1x w16x s15 end close=Ok
// expect `take 2 mid 3 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 5 mid 2 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 7 mid 6 close` => w14- w1x w16x s15 end close=Ok
// expect `take 3 mid 3 cancel` => w14- w1x w16x s15 end cancel=Ok
// expect `take 7 cancel` => w14- w1x w16x s15 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    futures::select! {
        _ = W::new(&ctx, 1, 2).fuse() => {
            W::new(&ctx, 2, 2).await;
            'l3: for _ in 0..1 {
                futures::select_biased! {
                    _ = W::new(&ctx, 4, 1).fuse() => {
                        W::new(&ctx, 5, 0).await;
                        continue;
                    }
                    _ = W::new(&ctx, 6, 0).fuse() => {
                        yield_!(Ok(7));
                        yield_!(Ok(8));
                        yield_!(Ok(9));
                        futures::join!(W::new(&ctx, 10, 1), W::new(&ctx, 11, 2));
                    }
                }
                let mut c12 = 0;
                loop {
                    c12 += 1;
                    if c12 > 2 { break; }
                    ctx.log("s13");
                }
                return;
            }
        }
        _ = W::new(&ctx, 14, 0).fuse() => {
            ctx.log("s15");
        }
        _ = W::new(&ctx, 16, 3).fuse() => {
            ctx.log("s17");
            return;
        }
    }
}
