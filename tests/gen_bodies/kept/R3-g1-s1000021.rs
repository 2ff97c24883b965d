// finding: R3-cancel-in-select
// seed: 1000021
// expect `take 0 mid 2 cancel` => gaveup w1x w4x t11 t11. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t11");
        ctx.log("t11.");
    }
    tokio::select! {
        biased;
        _ = W::new(&ctx, 1, 2) => {
            ctx.check(2, 0b0, 2)?;
            ctx.check(3, 0b111, 3)?;
        }
        _ = W::new(&ctx, 4, 2) => {
            for _ in 0..2 {
                let m6: u32 = match ctx.pick(6, 1, 2) {
                    0 => {
                        yield_!(Ok(7));
                        yield_!(Ok(8));
                        31
                    }
                    _ => {
                        W::new(&ctx, 9, 3).await;
                        11
                    }
                };
                ctx.log(format!("m6={m6}"));
                yield_!(Err(10));
            }
        }
    }
}
