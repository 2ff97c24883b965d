// finding: R3-cancel-in-select+R7-cancel-in-try-join
// seed: 1000271
// expect `take 0 mid 1 cancel` => gaveup w1x w5x t21 w22- t21. cancel=Ok
// expect `take 0 mid 2 cancel` => gaveup w1x w5x t21 w22- t21. cancel=Ok
// expect `take 0 mid 3 cancel` => w1- w5x w3- gaveup w2x w4x t21 w22- t21. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t21");
        W::new(&ctx, 22, 2).await;
        ctx.log("t21.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 2) => {
            tokio::try_join!(async { W::new(&ctx, 2, 2).await; ctx.log("j2"); Ok::<(), u32>(()) }, W::new(&ctx, 3, 0).ok(), W::new(&ctx, 4, 3).ok())?;
        }
        _ = W::new(&ctx, 5, 0), if ctx.ch(6, 0b10, 3) => {
            'l7: {
                let m8: u32 = match ctx.pick(8, 0, 2) {
                    0 => {
                        W::new(&ctx, 9, 3).await;
                        return;
                    }
                    _ => {
                        ctx.check(10, 0b1, 1)?;
                        yield_!(Ok(11));
                        W::new(&ctx, 12, 1).await;
                        break 'l7;
                    }
                };
                ctx.log(format!("m8={m8}"));
                W::new(&ctx, 13, 1).await;
                let mut c14 = 0;
                while c14 < 1 {
                    c14 += 1;
                    W::new(&ctx, 15, 2).await;
                }
            }
            let mut c16 = 0;
            let b16: u32 = 'l16: loop {
                c16 += 1;
                if c16 > 2 { break 34; }
                if ctx.ch(17, 0b1101, 4) {
                    W::new(&ctx, 18, 1).await;
                } else {
                    yield_!(Ok(19));
                }
            };
            ctx.log(format!("b16={b16}"));
        }
        else => {
            ctx.log("s20");
        }
    }
    return;
}
